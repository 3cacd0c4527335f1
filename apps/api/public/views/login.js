import { login } from '../api.js';
import { html } from '../dom.js';

export function loginView(main, onSignedIn) {
  main.innerHTML = html`
    <form class="login" aria-labelledby="login-title">
      <h1 id="login-title">Sign in to Vendorwatch</h1>
      <label>Email <input name="email" type="email" autocomplete="username" required></label>
      <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
      <button type="submit">Sign in</button>
    </form>`;
  const form = main.querySelector('form');
  form.email.focus();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = document.getElementById('status');
    status.textContent = '';
    try {
      await login(form.email.value, form.password.value);
      onSignedIn();
    } catch (error) {
      status.textContent = error.message;
      form.password.focus();
    }
  });
}
