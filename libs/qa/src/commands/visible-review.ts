import { AggregateRepository } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { QaReview } from '../domain/qa-review.aggregate';

/** Loads a review the caller may see: another vendor's review answers 404 as if it did not exist. */
export async function loadVisibleReview(reviews: AggregateRepository<QaReview>, reviewId: string): Promise<QaReview> {
  const review = await reviews.load(reviewId);
  VendorScope.assertVisible(review.references.vendorId, 'QA review', reviewId);
  return review;
}
