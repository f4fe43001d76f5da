/** The languages of the message catalogue: Chinese (the default) and English. */
export type Lang = 'zh' | 'en';
