// Asset imports (`import url from "…svg"`) as Vite resolves them.
/// <reference types="vite/client" />
