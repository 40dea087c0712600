import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/http/api-errors.decorator';
import { Authenticated, CurrentCadre } from '../identity/auth/access.decorators';
import type { Cadre } from '../identity/auth/cadre';
import { COUNTY_AND_ABOVE } from '../identity/roles';
import { AuditService } from './audit.service';
import { AuditEventDto, AuditQueryDto } from './dto/audit.dto';

@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Authenticated({ roles: COUNTY_AND_ABOVE, regionBound: true })
  @ApiOperation({ summary: '管辖范围内的审计记录，新的在前（县级及以上）' })
  @ApiOkResponse({ type: [AuditEventDto] })
  @ApiErrors(400, 403)
  list(@CurrentCadre() cadre: Cadre, @Query() query: AuditQueryDto): Promise<AuditEventDto[]> {
    return this.audit.readInScope(cadre, query);
  }
}
