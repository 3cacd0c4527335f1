/** The contracts context as the ingest needs it: does the contract exist, and may the caller see it. */
export abstract class ContractGate {
  /** Throws NotFoundError (404) for an unknown contract or one of another vendor. */
  abstract assertVisible(contractId: string): Promise<void>;
}
