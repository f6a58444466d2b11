// The one dispatcher: validates input against the contract, calls the handler, and returns a value
// or an error { code, message } with a Dutch message. Electron's IPC and the web host both call it.
import { z } from 'zod';
import { contract, isChannel, type Channel, type ChannelOutput, type RpcError, type RpcResult } from '../../shared/contract';
import { AppError } from './errors';
import type { Handlers } from './handlers.types';
import { problemKindOf, StoreUnusableError, type StoreProblemKind } from './durability/health';

export type Dispatch = (channel: string, input: unknown) => Promise<RpcResult<unknown>>;

export interface DispatcherOptions {
  /** Refuses a channel before its input is looked at (rescue mode refuses writes); null lets it through. */
  refuse?: (channel: Channel) => RpcError | null;
  /** Told when SQLite reports the database itself damaged during a call, so the core can switch to rescue mode. */
  onCorruption?: (error: unknown) => void;
  /** The store is a read-only rescue connection: a failing read is the damage speaking, not a bug. */
  rescue?: boolean;
}

export function createDispatcher(
  handlers: Handlers,
  log: (error: unknown) => void = console.error,
  options: DispatcherOptions = {},
): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'unknown-channel', message: 'Onbekende opdracht; er is niets gewijzigd.' } };
    }
    const refused = options.refuse?.(channel);
    if (refused) return { ok: false, error: refused };
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-input', message: describeIssues(parsed.error) } };
    }
    try {
      const handler = handlers[channel] as (input: unknown) => ChannelOutput<Channel> | Promise<ChannelOutput<Channel>>;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      const kind = problemKindOf(error);
      if (kind === 'corrupt') options.onCorruption?.(error);
      return { ok: false, error: toRpcError(error, log, options.rescue === true) };
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
    // A number JSON can write but no double holds (1e400) is named in shared/schemas.ts's zod config.
    const message = issue.message;
    const field = issue.path.map(String).join('.');
    const label = FIELD_LABELS[field] ?? (field ? `veld "${field}"` : 'invoer');
    return `${label[0]!.toUpperCase()}${label.slice(1)}: ${message}.`;
  });
  return `Ongeldige invoer; er is niets gewijzigd. ${messages.join(' ')}`;
}

// Storage trouble is not the user's mistake and not a bug: say what happened and that nothing was half-saved.
// Every write runs in a transaction, so a failed one is rolled back whole.
const STORAGE_MESSAGES: Record<StoreProblemKind, string> = {
  full: 'De schijf is vol; de wijziging is teruggedraaid en er is niets verloren gegaan. Maak ruimte vrij en probeer het opnieuw.',
  'read-only':
    'De database (of de map waarin hij staat) is alleen-lezen; de wijziging is teruggedraaid. Geef weer schrijfrechten en probeer het opnieuw.',
  io: 'De schijf gaf een lees- of schrijffout; de wijziging is teruggedraaid. Controleer de schijf en probeer het opnieuw.',
  corrupt:
    'De database blijkt beschadigd; de wijziging is teruggedraaid. Coalitietafel gaat over op de herstelmodus: zet daar een reservekopie terug.',
  unreadable: 'De database kan niet worden gelezen (geen toegang); er is niets gewijzigd.',
  locked: 'De database is bezet door een ander programma; er is niets gewijzigd. Probeer het zo opnieuw.',
  settings: 'De database kan hier niet veilig worden gebruikt; er is niets gewijzigd.',
  empty: 'Het databasebestand is leeg; er is niets gewijzigd. Zet een reservekopie terug.',
  missing: 'Het databasebestand ontbreekt; er is niets gewijzigd. Zet een reservekopie terug.',
  other: 'De database gaf een fout; er is niets gewijzigd.',
};

function toRpcError(error: unknown, log: (error: unknown) => void, rescue = false): RpcError {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  if (error instanceof StoreUnusableError) return { code: 'storage', message: error.reason };
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
  const kind = problemKindOf(error);
  if (rescue && (kind !== null || (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_')))) {
    // Already read-only on a damaged file: a failing read is the damage speaking, nothing was changed.
    log(error);
    return {
      code: 'storage',
      message: 'Dit kan niet worden gelezen uit de beschadigde database. Zet een reservekopie terug of exporteer wat nog leesbaar is.',
    };
  }
  if (kind !== null && kind !== 'other') {
    log(error);
    return { code: 'storage', message: STORAGE_MESSAGES[kind] };
  }
  log(error);
  return { code: 'internal' as const, message: 'Er ging iets onverwachts mis; er is niets gewijzigd. Probeer het opnieuw.' };
}
