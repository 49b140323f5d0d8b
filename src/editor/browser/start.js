// Runs before Decap's bundle: Decap then waits for admin.js to register Relais' widget and
// preview, and to choose the configuration of the editor's language, before it starts.
window.CMS_MANUAL_INIT = true;
