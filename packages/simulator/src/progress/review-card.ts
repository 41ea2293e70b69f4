// Spaced repetition (FSRS via ts-fsrs): the next review card after a right or wrong answer; an item whose source text changed starts over.
import { createEmptyCard, fsrs, Rating, type Card } from 'ts-fsrs';

/** A review card as stored: FSRS's card plus the hash of the item text it was learnt on. */
export interface StoredCard {
  readonly itemHash: string;
  readonly card: Card;
}

const scheduler = fsrs({ enable_fuzz: false, enable_short_term: true });

/** The card after answering: `Good` when right, `Again` when wrong. A card learnt on other text counts as new. */
export function reviewCard(previous: StoredCard | null, itemHash: string, correct: boolean, now: Date): StoredCard {
  const start = previous && previous.itemHash === itemHash ? previous.card : createEmptyCard(now);
  const { card } = scheduler.next(start, now, correct ? Rating.Good : Rating.Again);
  return { itemHash, card };
}

/** A card as JSON text (dates as ISO strings). */
export function serialiseCard(card: Card): string {
  return JSON.stringify(card);
}

/** A card back from JSON text. */
export function parseCard(text: string): Card {
  const raw = JSON.parse(text) as Card & { due: string; last_review?: string };
  return { ...raw, due: new Date(raw.due), ...(raw.last_review !== undefined && { last_review: new Date(raw.last_review) }) };
}
