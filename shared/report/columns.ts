/**
 * Each column's share of the table's width, in the HTML and in Word alike;
 * the motion's text takes what is left. A count column fits "Abstained" in
 * the table heading's size and a six-digit count such as "318,402".
 */
export const columnShares = { number: 0.06, count: 0.09, percent: 0.09, result: 0.12 } as const;

export const percentOf = (share: number): string => `${(share * 100).toFixed(1)}%`;
