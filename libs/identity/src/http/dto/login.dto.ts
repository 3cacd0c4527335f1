import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  /** Not format-checked: a malformed email is simply a wrong credential (401). */
  @ApiProperty({ example: 'admin@example.com' })
  @IsString()
  @MinLength(1)
  @MaxLength(320)
  email: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password: string;
}
