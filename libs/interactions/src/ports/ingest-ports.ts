/** The contracts context as the ingest needs it: does the contract exist, may the caller see it, where is its demand. */
export abstract class ContractGate {
  /** Throws NotFoundError (404) for an unknown contract or one of another vendor. */
  abstract assertVisible(contractId: string): Promise<{ demandTimezone: string | null }>;
}
