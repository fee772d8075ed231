export { FinancingCalculator, type FinancingCalculatorProps } from "./FinancingCalculator";
