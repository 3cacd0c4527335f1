import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  Validate,
  ValidateIf,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { Role, ROLES } from '../../access/role';

const hasVendorRole = (dto: CreateUserDto) => Array.isArray(dto.roles) && dto.roles.includes('vendor');

@ValidatorConstraint({ name: 'vendorIdFitsRoles' })
class VendorIdFitsRoles implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return hasVendorRole(args.object as CreateUserDto) || value === undefined;
  }

  defaultMessage(): string {
    return 'vendorId is only for users with the vendor role';
  }
}

@ValidatorConstraint({ name: 'vendorRoleAlone' })
class VendorRoleAlone implements ValidatorConstraintInterface {
  validate(roles: unknown): boolean {
    return !Array.isArray(roles) || !roles.includes('vendor') || roles.length === 1;
  }

  defaultMessage(): string {
    return 'roles: a user is either staff or a vendor user; the vendor role cannot be combined with staff roles';
  }
}

export class CreateUserDto {
  @ApiProperty({ example: 'jane@example.com' })
  @IsEmail({ require_tld: false })
  @MaxLength(320)
  email: string;

  @ApiProperty({ minLength: 12, format: 'password' })
  @IsString()
  @MinLength(12)
  @MaxLength(1024)
  password: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['procurement'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  @Validate(VendorRoleAlone)
  @ArrayMaxSize(ROLES.length)
  roles: Role[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for (and only for) the vendor role.' })
  @ValidateIf((dto: CreateUserDto) => hasVendorRole(dto) || dto.vendorId !== undefined)
  @IsUUID('all', { message: 'vendorId must be the UUID of the vendor (vendor users need one)' })
  @Validate(VendorIdFitsRoles)
  vendorId?: string;
}
