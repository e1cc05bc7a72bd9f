import type { Request } from 'express';
import type { ReadContext } from '../services/context';

/** Builds the read context of a request (later: with the signed-in user's visibility). */
export type ReadContextOf = (req: Request) => ReadContext;
