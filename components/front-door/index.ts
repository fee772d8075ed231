export { FrontDoor, type FrontDoorProps } from "./FrontDoor";
export { FINDER_SLOT_ID } from "./FrontDoor.finder";
