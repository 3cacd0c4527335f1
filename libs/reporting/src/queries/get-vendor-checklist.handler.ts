import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ChecklistReader, VendorChecklistView } from './checklist-reader';
import { GetVendorChecklistQuery } from './get-vendor-checklist.query';

@QueryHandler(GetVendorChecklistQuery)
export class GetVendorChecklistHandler implements IQueryHandler<GetVendorChecklistQuery, VendorChecklistView> {
  constructor(private readonly checklists: ChecklistReader) {}

  execute({ vendorId }: GetVendorChecklistQuery): Promise<VendorChecklistView> {
    return this.checklists.vendor(vendorId);
  }
}
