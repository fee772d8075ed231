export { ConfirmationStatus } from "./ConfirmationStatus";
