export { FrontDoor, type FrontDoorProps } from "./FrontDoor";
