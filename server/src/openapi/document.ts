/**
 * The OpenAPI 3.1 document, generated from the routes' own declarations and the shared zod
 * schemas (zod's JSON Schema output is the 2020-12 dialect OpenAPI 3.1 uses).
 */
import * as shared from '@civicstat/shared';
import { z } from 'zod';
import type { RouteSpec } from '../routes/define';

type JsonSchema = Record<string, unknown>;

/** Shapes worth a name of their own in components/schemas: the responses and what they share. */
function namedSchemas(specs: RouteSpec[]): Map<z.ZodType, string> {
  const names = new Map<z.ZodType, string>();
  const candidates: Record<string, unknown> = { ...shared };
  for (const [name, value] of Object.entries(candidates)) {
    if (value instanceof z.ZodObject || value instanceof z.ZodUnion) names.set(value, name);
  }
  // A route's own schema that shared/ does not name gets a name from its route.
  for (const spec of specs) {
    for (const schema of [spec.response, spec.body]) {
      if (schema && !names.has(schema)) names.set(schema, `${spec.tag}${spec.method}${names.size}`);
    }
  }
  return names;
}

function strip(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => {
    const json = strip(
      z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as JsonSchema,
    );
    return {
      name,
      in: where,
      required: where === 'path' || !field.safeParse(undefined).success,
      schema: json,
    };
  });
}

/** A file a route sends instead of JSON (a download), by its content type. */
function alternateContent(spec: RouteSpec) {
  return Object.fromEntries(
    Object.entries(spec.alternateContent ?? {}).map(([type, description]) => [
      type,
      // XLSX and other binary files are bytes; CSV is text.
      {
        schema: {
          type: 'string',
          description,
          ...(type.startsWith('text/') ? {} : { contentMediaType: type }),
        },
      },
    ]),
  );
}

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/**
 * POST /api/v1/imports: the one multipart route, which app.ts mounts before the JSON body parser
 * and so outside ApiRoutes; its query and answer are still the shared schemas.
 */
function importUploadOperation(nameOf: Map<z.ZodType, string>) {
  return {
    tags: ['Imports'],
    summary: 'Upload a CSV or XLSX file to import: its sheets, headers and a suggested mapping',
    description:
      'The file streams to disk and waits there for its dry run (`POST /api/v1/imports/{id}/check`) and commit. Only the budget office imports the KPI catalog (`kind=catalog`).',
    security: [{ session: [] }],
    'x-access': 'department_head, budget_office',
    parameters: parameters(shared.ImportUploadQuery, 'query'),
    requestBody: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: ['file'],
            properties: {
              file: {
                type: 'string',
                format: 'binary',
                contentMediaType: 'application/octet-stream',
                description: 'One CSV (.csv, UTF-8 or Windows-1252) or Excel (.xlsx) file',
              },
            },
          },
          encoding: {
            file: {
              contentType:
                'text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            },
          },
        },
      },
    },
    responses: {
      '201': {
        description: 'Uploaded',
        content: {
          'application/json': {
            schema: { $ref: `#/components/schemas/${nameOf.get(shared.Import)}` },
          },
        },
      },
      '400': problemResponse('A parameter is not valid, or the request holds no file or several'),
      '401': problemResponse('Not signed in'),
      '403': problemResponse('Not allowed, or the X-CSRF-Token header is missing'),
      '413': problemResponse('The file is larger than IMPORT_MAX_MB; `detail` names the limit'),
      '415': problemResponse('Not multipart/form-data, or the file is neither .csv nor .xlsx'),
      '422': problemResponse(
        'The file cannot be read as what it claims to be (a row that is not valid UTF-8 or not valid CSV, a damaged workbook); `detail` names the row',
      ),
    },
  };
}

export function openApiDocument(specs: RouteSpec[], info: { title: string; version: string }) {
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of namedSchemas(specs)) registry.add(schema, { id });
  const generated = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    io: 'output',
    unrepresentable: 'any',
  }) as { schemas: Record<string, JsonSchema> };
  const schemas = Object.fromEntries(
    Object.entries(generated.schemas).map(([id, s]) => [id, strip(s)]),
  );
  const nameOf = namedSchemas(specs);

  const paths: Record<string, Record<string, unknown>> = {
    '/api/health': {
      get: {
        tags: ['Operations'],
        summary: 'Liveness: the process answers',
        responses: { '200': { description: 'The process is up' } },
      },
    },
    '/api/ready': {
      get: {
        tags: ['Operations'],
        summary: 'Readiness: the database answers',
        responses: {
          '200': { description: 'Ready' },
          '503': problemResponse('The database is not reachable'),
        },
      },
    },
    '/api/v1/imports': { post: importUploadOperation(nameOf) },
  };
  for (const spec of specs) {
    const path = `/api/v1${spec.path.replace(/:([A-Za-z]+)/g, '{$1}')}`;
    paths[path] ??= {};
    const success = spec.status ?? (spec.response ? 200 : 204);
    const access = spec.access;
    const operation = {
      tags: [spec.tag],
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      ...(access !== 'public'
        ? {
            security: [{ session: [] }],
            'x-access': access === 'signed_in' ? 'signed in' : access.join(', '),
          }
        : {}),
      parameters: [...parameters(spec.params, 'path'), ...parameters(spec.query, 'query')],
      ...(spec.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: { $ref: `#/components/schemas/${nameOf.get(spec.body)}` },
                },
              },
            },
          }
        : {}),
      responses: {
        [String(success)]: spec.response
          ? {
              description: 'OK',
              content: {
                'application/json': {
                  schema: { $ref: `#/components/schemas/${nameOf.get(spec.response)}` },
                },
                ...alternateContent(spec),
              },
            }
          : spec.alternateContent
            ? { description: 'OK', content: alternateContent(spec) }
            : { description: 'Done' },
        ...(spec.method === 'get'
          ? { '304': { description: 'Not modified since the ETag in If-None-Match' } }
          : {}),
        '400': problemResponse('A parameter or field is not valid; `errors` names it'),
        ...(spec.method !== 'get'
          ? {
              '409': problemResponse(
                'Conflicts with stored data: a duplicate, an archived thing, a locked period, a wrong workflow state',
              ),
              '412': problemResponse(
                'If-Match is stale: someone changed it since; `current` holds the stored version',
              ),
              '422': problemResponse('Breaks a rule of the data; `errors` names the field'),
              '428': problemResponse('If-Match is required to change an existing resource'),
            }
          : {}),
        ...(access !== 'public'
          ? { '401': problemResponse('Not signed in'), '403': problemResponse('Not allowed') }
          : {}),
        ...(spec.params ? { '404': problemResponse('No such resource') } : {}),
      },
    };
    paths[path][spec.method] = operation;
  }
  // Keep the document small: drop named schemas nothing refers to.
  const text = JSON.stringify({ paths, schemas });
  const used = Object.fromEntries(
    Object.entries(schemas).filter(
      ([id]) => id === 'Problem' || text.includes(`"#/components/schemas/${id}"`),
    ),
  );
  return {
    openapi: '3.1.0',
    info: {
      ...info,
      description:
        'Goals, KPIs, targets and measurements of a city’s strategic plan. Errors are RFC 9457 problem+json.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: used,
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'civicstat_session',
          description: 'Set by POST /api/v1/session; changes also need the X-CSRF-Token header.',
        },
      },
    },
  };
}
