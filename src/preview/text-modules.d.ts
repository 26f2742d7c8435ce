// Text files imported as strings (webpack `asset/source`): the seed workbook of the preview.
declare module "*.txt" {
  const text: string;
  export default text;
}
