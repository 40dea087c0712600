// The framework ceiling for GET /api/regions/{code}/children: a bare NestJS + Express route with
// the same query and driver as the floor, nothing else (no validation, logging, headers, TypeORM).
// It shows how much of the gap to the floor is the framework itself.
import 'reflect-metadata';
import { Controller, Get, Module, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

const [kind, target, port] = process.argv.slice(2);
const SQL = 'SELECT code, name, level FROM region WHERE parent_code = ? ORDER BY code';
let children;
if (kind === 'mysql') {
  const { createPool } = await import('mysql2/promise');
  const pool = createPool({ uri: target, connectionLimit: 20 });
  children = async (code) => (await pool.query(SQL, [code]))[0];
} else {
  const { default: Database } = await import('better-sqlite3');
  const statement = new Database(target, { readonly: true }).prepare(SQL);
  children = async (code) => statement.all(code);
}

class RegionsController {
  children(code) {
    return children(code);
  }
}
Controller('regions')(RegionsController);
Get(':code/children')(
  RegionsController.prototype,
  'children',
  Object.getOwnPropertyDescriptor(RegionsController.prototype, 'children'),
);
Param('code')(RegionsController.prototype, 'children', 0);
class BareModule {}
Module({ controllers: [RegionsController] })(BareModule);

const app = await NestFactory.create(BareModule, { logger: false });
app.setGlobalPrefix('api');
await app.listen(Number(port), '127.0.0.1');
