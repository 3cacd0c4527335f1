import { VendorProfile } from '../domain/vendor-profile';

export class RegisterVendorCommand {
  constructor(readonly profile: VendorProfile) {}
}
