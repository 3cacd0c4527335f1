import { OmitType, PartialType } from '@nestjs/swagger';
import { DraftContractDto } from './draft-contract.dto';

/** Any subset of the terms; `null` removes an optional term, section or section field. The vendor never changes. */
export class AmendContractDto extends PartialType(OmitType(DraftContractDto, ['vendorId'] as const)) {}
