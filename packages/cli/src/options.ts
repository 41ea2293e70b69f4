// Options several commands share: the message language and the diagnostics format.
import { Option } from 'commander';

/** `--lang zh-CN|zh-TW|en` (zh-TW: Chinese messages in Traditional characters). */
export const langOption = () => new Option('--lang <language>', 'language of messages (default: each document’s own)').choices(['zh-CN', 'zh-TW', 'en']);
/** `--format text|json` for diagnostics. */
export const formatOption = () => new Option('--format <format>', 'diagnostics as text or as a JSON array on stdout').choices(['text', 'json']).default('text');
