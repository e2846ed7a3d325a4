// Why the app did not start, in both languages: the browser mode prints the English, Electron's
// dialog shows the one the person reads (its locale; no saved setting can be read yet).
import { AppFailure, type ErrorCode } from '../../../shared/result';

export type StartupLanguage = 'en' | 'ja';

export class StartupRefusal extends AppFailure {
  constructor(
    code: ErrorCode,
    readonly texts: Record<StartupLanguage, string>,
  ) {
    super({ code, message: texts.en });
    this.name = 'StartupRefusal';
  }

  in(lang: StartupLanguage): string {
    return this.texts[lang];
  }
}
