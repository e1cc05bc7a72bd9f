/**
 * Declares an API route once: its path, who may call it, its inputs and its response schema
 * (from shared/) serve the Express handler, request validation, authorization and the OpenAPI
 * document alike.
 */
import type { UserRole } from '@civicstat/shared';
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import type { z } from 'zod';
import { ForbiddenError, UnauthorizedError, ValidationError } from '../errors';
import { allowAnyOrigin } from '../middleware/cors';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call a route: anyone, anyone signed in, or only some roles. */
export type Access = 'public' | 'signed_in' | readonly UserRole[];

export interface RouteSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: Method;
  /** Express-style, relative to /api/v1: `/kpis/:id`. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  access: Access;
  params?: P;
  query?: Q;
  body?: B;
  /** Absent for 204 No Content. */
  response?: R;
  status?: number;
  /** Seconds a cache may keep a GET answer; 0 for no-store. */
  maxAge?: number;
  /**
   * Representations a GET offers besides JSON (content type → what it holds), for the OpenAPI
   * document. The handler writes them itself; the JSON is what it returns otherwise.
   */
  alternateContent?: Record<string, string>;
}

function parseOrThrow<T extends z.ZodType>(
  schema: T,
  value: unknown,
  where: 'query' | 'path' | 'body',
): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.flatMap((issue) => {
    // An unknown parameter or field is named by its own key, not by its parent.
    if (issue.code === 'unrecognized_keys') {
      const prefix = [where, ...issue.path].join('.');
      return issue.keys.map((key) => ({
        path: `${prefix}.${key}`,
        message: `unknown ${where === 'body' ? 'field' : 'parameter'} "${key}"`,
      }));
    }
    return [{ path: [where, ...issue.path].join('.'), message: issue.message }];
  });
  const names = [...new Set(errors.map((e) => e.path))].join(', ');
  const noun = where === 'body' ? 'field' : 'parameter';
  throw new ValidationError(errors, `Invalid ${noun}${errors.length > 1 ? 's' : ''}: ${names}.`);
}

export function authorize(access: Access, req: Request): void {
  if (access === 'public') return;
  if (!req.actor) throw new UnauthorizedError();
  if (access !== 'signed_in' && !access.includes(req.actor.role)) {
    throw new ForbiddenError(`This needs the role ${access.join(' or ')}.`);
  }
}

/** Cache-Control and Vary of a GET answer, in whatever representation it is sent. */
export function setReadCaching(req: Request, res: Response, maxAge = 60): void {
  // Signed-in users may see more than the public: their answers stay in their browser.
  const scope = req.actor ? 'private' : 'public';
  res.set(
    'Cache-Control',
    maxAge > 0 ? `${scope}, max-age=${maxAge}, stale-while-revalidate=${maxAge * 5}` : 'no-store',
  );
  // The same URL answers differently signed in and signed out: every cache must key on it.
  res.vary('Cookie');
  // What the public may read, any website may read too (never with credentials).
  if (!req.actor) allowAnyOrigin(res);
}

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  req: Request;
  res: Response;
}

/** The versioned API's router and the declarations of its routes. */
export class ApiRoutes {
  readonly router: Router = express.Router();
  readonly specs: RouteSpec[] = [];

  constructor(private readonly options: { validateResponses: boolean }) {}

  add<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
    spec: RouteSpec<P, Q, B, R>,
    handler: (
      input: RouteInput<z.infer<P>, z.infer<Q>, z.infer<B>>,
    ) => Promise<R extends z.ZodType ? z.infer<R> : void>,
  ): void {
    this.specs.push(spec as unknown as RouteSpec);
    const handle: RequestHandler = async (req, res) => {
      authorize(spec.access, req);
      const params = spec.params
        ? parseOrThrow(spec.params, req.params, 'path')
        : ({} as z.infer<P>);
      const query = spec.query ? parseOrThrow(spec.query, req.query, 'query') : ({} as z.infer<Q>);
      const body = spec.body ? parseOrThrow(spec.body, req.body ?? {}, 'body') : ({} as z.infer<B>);
      const result = await handler({ params, query, body, req, res });
      // The handler answered with an alternate representation (see alternateContent).
      if (res.headersSent) return;
      if (!spec.response) {
        res.status(spec.status ?? 204).end();
        return;
      }
      // In tests every answer is checked against the schema the OpenAPI document promises.
      const sent: unknown = this.options.validateResponses ? spec.response.parse(result) : result;
      if (spec.method === 'get') {
        setReadCaching(req, res, spec.maxAge);
      } else {
        res.set('Cache-Control', 'no-store');
      }
      // Express adds a weak ETag and answers 304 to a matching If-None-Match.
      res.status(spec.status ?? 200).json(sent);
    };
    this.router[spec.method](spec.path, handle);
  }

  get<P extends z.ZodType, Q extends z.ZodType, R extends z.ZodType>(
    spec: Omit<RouteSpec<P, Q, z.ZodType, R>, 'method' | 'access'> & { access?: Access },
    handler: (input: RouteInput<z.infer<P>, z.infer<Q>, unknown>) => Promise<z.infer<R>>,
  ): void {
    this.add({ ...spec, method: 'get', access: spec.access ?? 'public' }, handler as never);
  }
}
