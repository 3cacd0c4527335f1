export * from './contracts.module';
export { ContractStatus } from './domain/contract.aggregate';
export { applyTermChanges } from './domain/contract-amendment';
export * from './domain/contract-terms';
export * from './domain/contract.events';
export * from './domain/credit-terms';
export { ContractFacts, ContractFactsView } from './queries/contract-facts';
export { ContractView } from './queries/contract-view';
