import { OmitType, PartialType } from '@nestjs/swagger';
import { DefineEscalationRuleDto } from './define-escalation-rule.dto';

/** Any of the rule's fields but its contract. */
export class ReviseEscalationRuleDto extends PartialType(OmitType(DefineEscalationRuleDto, ['contractId'] as const)) {}
