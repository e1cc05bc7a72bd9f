/**
 * Declares an API route once: its path, inputs and response schema (from shared/) serve the
 * Express handler, request validation and the OpenAPI document alike.
 */
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import type { z } from 'zod';
import { ValidationError } from '../errors';

export interface RouteSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: 'get';
  /** Express-style, relative to /api/v1: `/kpis/:id`. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  params?: P;
  query?: Q;
  response: R;
  /** Seconds a shared cache may keep the answer; 0 for no-store. */
  maxAge?: number;
}

function parseOrThrow<T extends z.ZodType>(
  schema: T,
  value: unknown,
  where: 'query' | 'path',
): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.flatMap((issue) => {
    // An unknown parameter is named by its own key, not by its parent.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: `${where}.${key}`,
        message: `unknown parameter "${key}"`,
      }));
    }
    return [{ path: [where, ...issue.path].join('.'), message: issue.message }];
  });
  const names = [...new Set(errors.map((e) => e.path))].join(', ');
  throw new ValidationError(
    errors,
    `Invalid ${where} parameter${errors.length > 1 ? 's' : ''}: ${names}.`,
  );
}

export interface RouteInput<P, Q> {
  params: P;
  query: Q;
  req: Request;
  res: Response;
}

/** The versioned API's router and the declarations of its routes. */
export class ApiRoutes {
  readonly router: Router = express.Router();
  readonly specs: RouteSpec[] = [];

  constructor(private readonly options: { validateResponses: boolean }) {}

  get<P extends z.ZodType, Q extends z.ZodType, R extends z.ZodType>(
    spec: Omit<RouteSpec<P, Q, R>, 'method'>,
    handler: (input: RouteInput<z.infer<P>, z.infer<Q>>) => Promise<z.infer<R>>,
  ): void {
    this.specs.push({ ...spec, method: 'get' } as unknown as RouteSpec);
    const maxAge = spec.maxAge ?? 60;
    const handle: RequestHandler = async (req, res) => {
      const params = spec.params
        ? parseOrThrow(spec.params, req.params, 'path')
        : ({} as z.infer<P>);
      const query = spec.query ? parseOrThrow(spec.query, req.query, 'query') : ({} as z.infer<Q>);
      const body = await handler({ params, query, req, res });
      // In tests every answer is checked against the schema the OpenAPI document promises.
      const sent: unknown = this.options.validateResponses ? spec.response.parse(body) : body;
      res.set(
        'Cache-Control',
        maxAge > 0 ? `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 5}` : 'no-store',
      );
      // Express adds a weak ETag and answers 304 to a matching If-None-Match.
      res.json(sent);
    };
    this.router.get(spec.path, handle);
  }
}
