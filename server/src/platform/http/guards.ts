import type { FastifyRequest } from 'fastify';
import type { Actor } from '../access/actor.ts';
import { AppError } from './errors.ts';

/** The signed-in actor, or a 401: the first line of every handler that needs one. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('auth.required', 401);
  return request.actor;
}
