export const manifest = (() => {
function __memo(fn) {
	let value;
	return () => value ??= (value = fn());
}

return {
	appDir: "_app",
	appPath: "_app",
	assets: new Set(["favicon.svg"]),
	mimeTypes: {".svg":"image/svg+xml"},
	_: {
		client: {start:"_app/immutable/entry/start.CYopriZi.js",app:"_app/immutable/entry/app.BOVK_Yye.js",imports:["_app/immutable/entry/start.CYopriZi.js","_app/immutable/chunks/V6Yz5PMa.js","_app/immutable/chunks/D4UCdOng.js","_app/immutable/entry/app.BOVK_Yye.js","_app/immutable/chunks/D4UCdOng.js","_app/immutable/chunks/DclECHGd.js"],stylesheets:[],fonts:[],uses_env_dynamic_public:false},
		nodes: [
			__memo(() => import('./nodes/0.js')),
			__memo(() => import('./nodes/1.js'))
		],
		remotes: {
			
		},
		routes: [
			
		],
		prerendered_routes: new Set(["/","/methodology","/provenance.json"]),
		matchers: async () => {
			
			return {  };
		},
		server_assets: {}
	}
}
})();
