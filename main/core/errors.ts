// Errors a service raises on purpose. The message is Dutch and shown to the user as is.
import type { ErrorCode } from '../../shared/contract';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('not-found', `${what} bestaat niet (meer).`);
export const ruleViolation = (message: string) => new AppError('rule-violation', message);
