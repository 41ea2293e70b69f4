// @sopkit/simulator/store: progress in SQLite with FSRS review cards (Node only).
export { openProgressStore, ProgressStore, type AnswerRecord, type ExamRecord, type ProgressRow } from './progress/progress-store.js';
export { reviewCard, serialiseCard, parseCard, type StoredCard } from './progress/review-card.js';
export { defaultDbPath } from './progress/default-db-path.js';
