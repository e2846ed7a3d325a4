// The two Zawgyi libraries ship without types; these are the parts the app uses.
declare module 'myanmar-tools' {
  export class ZawgyiDetector {
    /** 0–1, the probability that the text is Zawgyi; -Infinity when it has no Myanmar letters. */
    getZawgyiProbability(text: string): number;
  }
}

declare module 'rabbit-node' {
  const Rabbit: { zg2uni(text: string): string; uni2zg(text: string): string };
  export default Rabbit;
}
