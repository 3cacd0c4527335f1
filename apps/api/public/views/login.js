import { login } from '../api.js';
import { html } from '../dom.js';

export function loginView(main, onSignedIn) {
  main.innerHTML = html` <form class="login" aria-labelledby="login-title">
    <h1 id="login-title">Sign in to Vendorwatch</h1>
    <label>Email <input name="email" type="email" autocomplete="username" required /></label>
    <label>Password <input name="password" type="password" autocomplete="current-password" required /></label>
    <p class="error" role="alert" id="login-error"></p>
    <button type="submit">Sign in</button>
  </form>`;
  const form = main.querySelector('form');
  const error = form.querySelector('#login-error');
  form.email.focus();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    form.querySelector('button').disabled = true;
    try {
      await login(form.email.value, form.password.value);
      onSignedIn();
    } catch (failure) {
      error.textContent = failure.status === 401 ? 'Wrong email or password.' : failure.message;
      form.password.focus();
    } finally {
      form.querySelector('button').disabled = false;
    }
  });
}
