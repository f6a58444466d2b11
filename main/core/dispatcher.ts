// The one dispatcher: validates input against the contract, calls the handler, and returns a value
// or an error { code, message } with a Dutch message. Electron's IPC and the web host both call it.
import { z } from 'zod';
import { contract, isChannel, type Channel, type ChannelOutput, type RpcResult } from '../../shared/contract';
import { AppError } from './errors';
import type { Handlers } from './handlers';

export type Dispatch = (channel: string, input: unknown) => Promise<RpcResult<unknown>>;

export function createDispatcher(handlers: Handlers, log: (error: unknown) => void = console.error): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'unknown-channel', message: 'Onbekende opdracht; er is niets gewijzigd.' } };
    }
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-input', message: describeIssues(parsed.error) } };
    }
    try {
      const handler = handlers[channel] as (input: unknown) => ChannelOutput<Channel> | Promise<ChannelOutput<Channel>>;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toRpcError(error, log) };
    }
  };
}

const FIELD_LABELS: Record<string, string> = {
  id: 'het nummer',
  meetingId: 'de vergadering',
  agendaItemId: 'het agendapunt',
  checklistItemId: 'het vinkje',
  personId: 'de persoon',
  organisationId: 'de organisatie',
  ownerPersonId: 'de eigenaar',
  ownerOrganisationId: 'de organisatie',
  chairId: 'de voorzitter',
  notulistId: 'de notulist',
  position: 'de positie',
  startsAt: 'datum en tijd',
  dueDate: 'de deadline',
};

function describeIssues(error: z.ZodError): string {
  const messages = error.issues.slice(0, 3).map((issue) => {
    // Our own schema messages are whole Dutch sentences; zod's (Dutch locale) ones get the field named.
    if (issue.message.endsWith('.')) return issue.message;
    const field = issue.path.map(String).join('.');
    const label = FIELD_LABELS[field] ?? (field ? `veld "${field}"` : 'invoer');
    return `${label[0]!.toUpperCase()}${label.slice(1)}: ${issue.message}.`;
  });
  return `Ongeldige invoer; er is niets gewijzigd. ${messages.join(' ')}`;
}

function toRpcError(error: unknown, log: (error: unknown) => void) {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  const sqliteCode = (error as { code?: unknown })?.code;
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_CONSTRAINT')) {
    const message = (error as Error).message;
    if (sqliteCode === 'SQLITE_CONSTRAINT_TRIGGER') {
      return { code: 'rule-violation' as const, message: `${message} Er is niets gewijzigd.` };
    }
    if (sqliteCode === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      return { code: 'not-found' as const, message: 'Een gekoppeld gegeven bestaat niet; er is niets gewijzigd.' };
    }
    if (sqliteCode === 'SQLITE_CONSTRAINT_UNIQUE' || sqliteCode === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      return { code: 'conflict' as const, message: 'Dit bestaat al; er is niets gewijzigd.' };
    }
    return { code: 'rule-violation' as const, message: 'Deze wijziging past niet bij de regels van de database; er is niets gewijzigd.' };
  }
  if (typeof sqliteCode === 'string' && (sqliteCode === 'SQLITE_FULL' || sqliteCode.startsWith('SQLITE_IOERR'))) {
    log(error);
    return { code: 'internal' as const, message: 'De schijf is vol of niet beschrijfbaar; de wijziging is teruggedraaid. Maak ruimte vrij en probeer het opnieuw.' };
  }
  if (sqliteCode === 'SQLITE_READONLY') {
    log(error);
    return { code: 'internal' as const, message: 'De database is alleen-lezen; de wijziging is teruggedraaid.' };
  }
  log(error);
  return { code: 'internal' as const, message: 'Er ging iets onverwachts mis; er is niets gewijzigd. Probeer het opnieuw.' };
}
