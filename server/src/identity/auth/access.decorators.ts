import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse } from '@nestjs/swagger';
import type { Role } from '@hulei/shared';
import { ErrorBodyDto } from '../../common/http/api-errors.decorator';
import type { Cadre } from './cadre';

export const ACCESS_METADATA = 'hulei:access';

/**
 * How a route decides who may call it. Every route declares one (the jurisdiction matrix test
 * fails on a route that does not):
 * - public: anyone, no token;
 * - cadre: a valid session; `roles` limits who; `regionBound` says the route reads or changes a
 *   record that belongs to a region, so it must answer 404 outside the caller's jurisdiction.
 */
export type RouteAccess =
  { kind: 'public' } | { kind: 'cadre'; roles?: readonly Role[]; regionBound: boolean; allowDuringEnrolment?: boolean };

/** Open to anyone: anonymous help, lessons, quizzes, regions. */
export function Public(): MethodDecorator & ClassDecorator {
  return SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies RouteAccess);
}

export interface AuthenticatedOptions {
  roles?: readonly Role[];
  /** The route touches a region-bound record: scope it with the caller's jurisdiction. */
  regionBound: boolean;
  /** Reachable before TOTP enrolment is finished (the enrolment routes themselves). */
  allowDuringEnrolment?: boolean;
}

/** A cadre route: bearer token required, then roles, then jurisdiction in the service. */
export function Authenticated(options: AuthenticatedOptions): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ACCESS_METADATA, { kind: 'cadre', ...options } satisfies RouteAccess),
    ApiBearerAuth(),
    ApiResponse({ status: 401, description: '未登录或登录已失效', type: ErrorBodyDto }),
  );
}

/** The authenticated cadre, set by the AuthGuard. */
export const CurrentCadre = createParamDecorator((_data: unknown, context: ExecutionContext): Cadre => {
  const request = context.switchToHttp().getRequest<{ cadre?: Cadre }>();
  if (!request.cadre) throw new Error('CurrentCadre used on a route without @Authenticated');
  return request.cadre;
});
