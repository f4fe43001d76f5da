/**
 * The one error class for a condition that stops a command (unreadable file, bad config, bad
 * arguments, unsafe input, existing output). Caught once in cli.ts, printed as a clear message
 * in the user's language with a hint, exit code 2. Data problems are never thrown: they are
 * DataIssues (model/issues.ts).
 */
import { hasMessage, t, type MessageKey } from './i18n/index.js';

export class ClubError extends Error {
  /** Catalogue key of the message; `${key}.hint` is used as the hint when it exists and no hint key is given. */
  readonly key: MessageKey;
  readonly params: Record<string, unknown>;
  readonly hintKey: MessageKey | null;
  readonly exitCode: number;

  constructor(
    key: MessageKey,
    params: Record<string, unknown> = {},
    options: { hint?: MessageKey | null; exitCode?: number; cause?: unknown } = {},
  ) {
    super(t(key, params, 'en'), { cause: options.cause });
    this.name = 'ClubError';
    this.key = key;
    this.params = params;
    const ownHint = `${key}.hint`;
    this.hintKey = options.hint === undefined ? (hasMessage(ownHint) ? ownHint : null) : options.hint;
    this.exitCode = options.exitCode ?? 2;
  }

  /** The message in the current language. */
  localized(): string {
    return t(this.key, this.params);
  }

  /**
   * The hint in the current language, or null. `extra` fills placeholders only the caller knows,
   * such as `{cmd}`: the command that runs clubcrm where the user is (io/invocation.ts).
   */
  localizedHint(extra: Record<string, unknown> = {}): string | null {
    if (!this.hintKey) return null;
    return t(this.hintKey, { cmd: 'clubcrm', ...this.params, ...extra });
  }
}
