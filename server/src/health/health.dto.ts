import { ApiProperty } from '@nestjs/swagger';

export class HealthDto {
  @ApiProperty({ example: 'ok', enum: ['ok'] })
  status: 'ok';

  @ApiProperty({ example: 'sqlite', enum: ['sqlite', 'mariadb', 'mysql'] })
  database: string;

  @ApiProperty({ example: 'demo', enum: ['demo', 'production'] })
  mode: string;
}
