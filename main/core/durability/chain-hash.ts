// The chain hash of one seal, apart from chain.ts so an archive package can be checked without a database.
import { createHash } from 'node:crypto';

export interface ChainedSeal {
  hashVersion: number;
  seq: number;
  meetingId: number;
  previousHash: string;
  contentHash: string;
}

export function chainHash(seal: ChainedSeal): string {
  return createHash('sha256')
    .update(`coalitietafel-notulen\n${seal.hashVersion}\n${seal.seq}\n${seal.meetingId}\n${seal.previousHash}\n${seal.contentHash}`, 'utf8')
    .digest('hex');
}
