import { Body, Controller, Get, Param, Post, Query, Req } from '@nestjs/common';
import { Request } from 'express';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Page, PageQuery, pageOf, WriteResult, CsvRows, csvPage } from '@vendorwatch/event-store';
import { Roles } from '../access/roles.decorator';
import { User } from '../users/user';
import { UsersService } from '../users/users.service';
import { CreateUserDto } from './dto/create-user.dto';

@ApiTags('users')
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @ApiCreatedResponse({ description: '{ id, version, position }' })
  @ApiConflictResponse({ description: 'The email is already taken.' })
  create(@Body() body: CreateUserDto): Promise<WriteResult> {
    return this.users.register(body);
  }

  @Get()
  @ApiOkResponse({
    description: '{ items: [{ id, email, roles, vendorId?, status, createdAt, disabledAt? }], total, limit, offset }',
  })
  @CsvRows()
  async list(@Query() requested: PageQuery, @Req() request: Request): Promise<Page<User>> {
    const query = csvPage(request, requested);
    const { items, total } = await this.users.list(query);
    return pageOf(items, total, query);
  }

  @Get(':id')
  get(@Param('id') id: string): Promise<User> {
    return this.users.get(id);
  }

  @Post(':id/disable')
  @ApiCreatedResponse({ description: "Disabled; the user's tokens stop working at once. { id, version, position }" })
  disable(@Param('id') id: string): Promise<WriteResult> {
    return this.users.disable(id);
  }
}
