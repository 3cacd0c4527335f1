import { Injectable } from '@nestjs/common';
import { Clock, InjectReadDatabase, NotFoundError, queryRow, queryRows } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { DataSource } from 'typeorm';
import { ChecklistResult, contractChecklist, vendorChecklist } from '../domain/checklist/checklist';
import { ContractChecklistFacts, VendorChecklistFacts } from '../domain/checklist/checklist-facts';

export interface ContractChecklistView extends ChecklistResult {
  contractId: string;
  vendorId: string;
  title: string;
  status: string;
  evaluatedAt: string;
}

export interface VendorChecklistView extends ChecklistResult {
  vendorId: string;
  evaluatedAt: string;
  contracts: ContractChecklistView[];
}

interface ContractWithVendorRow {
  contract: ContractChecklistFacts;
  vendor: VendorChecklistFacts | null;
}

interface FactsRow<F> {
  doc: F;
}

/** Evaluates checklists at the server clock from the precomputed facts (one indexed lookup per contract). */
@Injectable()
export class ChecklistReader {
  constructor(
    @InjectReadDatabase() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async contract(contractId: string): Promise<ContractChecklistView> {
    const row = await queryRow<ContractWithVendorRow>(
      this.db,
      `SELECT c.doc AS contract, v.doc AS vendor FROM reporting_contract_facts c
       LEFT JOIN reporting_vendor_facts v ON v.id = c.vendor_id WHERE c.id = $1`,
      [contractId],
    );
    if (!row) throw NotFoundError.of('Contract', contractId);
    VendorScope.assertVisible(row.contract.vendorId, 'Contract', contractId);
    const now = this.clock.now();
    return viewOf(row.contract, row.vendor ?? unknownVendor(row.contract.vendorId), now);
  }

  async vendor(vendorId: string): Promise<VendorChecklistView> {
    VendorScope.assertVisible(vendorId, 'Vendor', vendorId);
    const row = await queryRow<FactsRow<VendorChecklistFacts>>(
      this.db,
      `SELECT doc FROM reporting_vendor_facts WHERE id = $1`,
      [vendorId],
    );
    if (!row) throw NotFoundError.of('Vendor', vendorId);
    const contracts = await queryRows<FactsRow<ContractChecklistFacts>>(
      this.db,
      `SELECT doc FROM reporting_contract_facts WHERE vendor_id = $1 AND status <> 'terminated' ORDER BY doc->>'startDate', id`,
      [vendorId],
    );
    return this.vendorView(
      row.doc,
      contracts.map((c) => c.doc),
      this.clock.now(),
    );
  }

  /** The vendor's name as the reporting read model knows it ('' before it has seen the vendor). */
  async vendorName(vendorId: string): Promise<string> {
    const row = await queryRow<{ name: string }>(
      this.db,
      `SELECT doc->>'name' AS name FROM reporting_vendor_facts WHERE id = $1`,
      [vendorId],
    );
    return row?.name ?? '';
  }

  private vendorView(
    vendor: VendorChecklistFacts,
    contracts: ContractChecklistFacts[],
    now: Date,
  ): VendorChecklistView {
    const views = contracts.map((c) => viewOf(c, vendor, now));
    const overall = vendorChecklist(
      vendor,
      views.map((v) => ({ title: v.title, checklist: v })),
      now,
    );
    return { vendorId: vendor.vendorId, evaluatedAt: now.toISOString(), ...overall, contracts: views };
  }
}

function viewOf(contract: ContractChecklistFacts, vendor: VendorChecklistFacts, now: Date): ContractChecklistView {
  const { contractId, vendorId, title, status } = contract;
  return {
    contractId,
    vendorId,
    title,
    status,
    evaluatedAt: now.toISOString(),
    ...contractChecklist(contract, vendor, now),
  };
}

/** A contract whose vendor the vendor-facts projection has not seen (never in order of events, but safe). */
function unknownVendor(vendorId: string): VendorChecklistFacts {
  return {
    vendorId,
    name: '',
    status: 'unknown',
    evaluation: null,
    referenceChecks: { positive: 0, neutral: 0, negative: 0 },
    dueDiligence: {},
    roster: null,
    lastRosterReportedAt: null,
    contracts: {},
  };
}
