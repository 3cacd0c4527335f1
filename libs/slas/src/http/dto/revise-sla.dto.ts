import { PartialType, PickType } from '@nestjs/swagger';
import { DefineSlaDto } from './define-sla.dto';

/** Applies to the periods measured after it. */
export class ReviseSlaDto extends PartialType(
  PickType(DefineSlaDto, ['name', 'objective', 'minimumSample', 'serviceCreditPercent', 'clock', 'appliesTo'] as const),
) {}
