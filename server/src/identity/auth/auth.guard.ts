import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AppError } from '../../common/errors/app-error';
import { AuthService } from '../auth.service';
import { ACCESS_METADATA, type RouteAccess } from './access.decorators';
import type { Cadre } from './cadre';

/** Applies each route's access declaration: public, or a valid cadre session with the right role. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    // A route that forgot to declare its access is closed, not open.
    if (!access) throw new AppError('FORBIDDEN', '这个接口没有声明访问规则');
    if (access.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<Request & { cadre?: Cadre }>();
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    const { cadre, enrolOnly } = await this.auth.authenticate(token);
    if (enrolOnly && !access.allowDuringEnrolment) throw new AppError('TOTP_ENROLMENT_REQUIRED');
    if (access.roles && !access.roles.includes(cadre.role)) {
      throw new AppError('FORBIDDEN', '你的角色不能使用这个功能');
    }
    request.cadre = cadre;
    return true;
  }
}
