// The sizes of the add-in's icon, shipped as assets/icon-N.png: the ribbon takes 16, 32 and 80,
// the manifest's IconUrl 32 and HighResolutionIconUrl 64, stores and dialogs 128.

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;
