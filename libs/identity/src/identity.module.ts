import { DynamicModule, Module } from '@nestjs/common';

export interface IdentityOptions {
  jwtSecret?: string;
  admin?: { email: string; password: string };
  rateLimitPerMinute: number;
  production: boolean;
}

@Module({})
export class IdentityModule {
  static forRoot(_options: IdentityOptions): DynamicModule {
    return { module: IdentityModule };
  }
}
