/**
 * One row of the rating log as the store keeps it: a change of an ACH matrix cell with who, when and why
 * (ratings as text). The store port, verify's content audit and the as-of cut all read this one shape.
 */
export interface LoggedRatingChange {
  case_id: string;
  item_id: string;
  hypothesis_id: string;
  seq: number;
  old_rating: string | null;
  new_rating: string | null;
  by: string;
  why: string;
  at: string;
}
