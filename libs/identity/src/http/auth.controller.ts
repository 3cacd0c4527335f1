import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Request } from 'express';
import { IgnoresIdempotencyKey } from '@vendorwatch/event-store';
import { Public } from '../access/roles.decorator';
import { LoginResult, LoginService } from '../auth/login.service';
import { User } from '../users/user';
import { UsersService } from '../users/users.service';
import { LoginDto } from './dto/login.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly logins: LoginService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @IgnoresIdempotencyKey()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: '{ accessToken, tokenType: "Bearer", expiresIn, user: { id, email, roles, vendorId? } }',
  })
  @ApiUnauthorizedResponse({ description: 'Wrong email or password (the same answer either way).' })
  @ApiTooManyRequestsResponse({
    description: '5 failures for this email within 15 minutes: locked for 15 minutes (Retry-After).',
  })
  login(@Body() body: LoginDto): Promise<LoginResult> {
    return this.logins.login(body.email, body.password);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ description: 'The signed-in user.' })
  me(@Req() request: Request & { actor: { id: string } }): Promise<User> {
    return this.users.get(request.actor.id);
  }
}
