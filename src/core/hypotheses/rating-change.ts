/**
 * One logged change of an ACH matrix cell (who, when, why, old and new rating), as the rating log keeps it and
 * the HTTP API and the web workbench show it (docs/http-api.md "Ratings by several analysts").
 */
import type { Rating } from './ratings.js';

export interface RatingChangeRecord {
  case_id: string;
  item_id: string;
  hypothesis_id: string;
  seq: number;
  old_rating: Rating | null;
  new_rating: Rating | null;
  by: string;
  why: string;
  at: string;
  cell: 'analyst' | 'engine';
  /** set when the change cleared an override: the cell went back to the bundle's rating or the engine's value */
  reverted_to?: 'bundle' | 'engine';
}
