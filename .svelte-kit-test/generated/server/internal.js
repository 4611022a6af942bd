
import root from '../root.js';
import { set_building, set_prerendering } from '$app/env/internal';
import { set_assets } from '$app/paths/internal/server';
import { set_manifest, set_read_implementation } from '__sveltekit/server';
import { set_private_env, set_public_env } from '../../../node_modules/@sveltejs/kit/src/runtime/shared-server.js';
import error from '../shared/error-template.js';

export const options = {
	app_template_contains_nonce: false,
	async: false,
	csp: {"mode":"auto","directives":{"upgrade-insecure-requests":false,"block-all-mixed-content":false},"reportOnly":{"upgrade-insecure-requests":false,"block-all-mixed-content":false}},
	csrf_check_origin: true,
	csrf_trusted_origins: [],
	embedded: false,
	env_public_prefix: 'PUBLIC_',
	env_private_prefix: '',
	hash_routing: false,
	hooks: null, // added lazily, via `get_hooks`
	preload_strategy: "modulepreload",
	root,
	service_worker: false,
	service_worker_options: undefined,
	server_error_boundaries: false,
	templates: {
		app: ({ head, body, assets, nonce, env }) => "<!doctype html>\n<html lang=\"en\">\n  <head>\n    <meta charset=\"utf-8\" />\n    <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n    <meta name=\"color-scheme\" content=\"light dark\" />\n    <link\n      rel=\"icon\"\n      href=\"" + assets + "/favicon.svg\"\n      type=\"image/svg+xml\"\n    />\n    <script>\n      // The colour theme, for every page, before first paint and without waiting for the app:\n      // the saved pick (light or dark) or else the system's, kept in step with both.\n      (() => {\n        const key = \"breakeven:theme\";\n        const system = matchMedia(\"(prefers-color-scheme: dark)\");\n        const saved = () => {\n          try {\n            return localStorage.getItem(key);\n          } catch {\n            return null;\n          }\n        };\n        const apply = () => {\n          const pick = saved();\n          document.documentElement.dataset.theme =\n            pick === \"light\" || pick === \"dark\"\n              ? pick\n              : system.matches\n                ? \"dark\"\n                : \"light\";\n        };\n        apply();\n        system.addEventListener(\"change\", apply);\n        document.addEventListener(\"change\", (event) => {\n          const input = event.target;\n          if (!(input instanceof HTMLInputElement) || input.name !== \"theme\")\n            return;\n          try {\n            if (input.value === \"system\") localStorage.removeItem(key);\n            else localStorage.setItem(key, input.value);\n          } catch {}\n          apply();\n        });\n        document.addEventListener(\"DOMContentLoaded\", () => {\n          const pick = saved() ?? \"system\";\n          const input = document.querySelector(\n            `input[name=\"theme\"][value=\"${pick}\"]`,\n          );\n          if (input) input.checked = true;\n        });\n      })();\n    </script>\n    " + head + "\n  </head>\n  <body data-sveltekit-preload-data=\"hover\">\n    <div style=\"display: contents\">" + body + "</div>\n  </body>\n</html>\n",
		error
	},
	version_hash: "tns9ul"
};

export async function get_hooks() {
	let handle;
	let handleFetch;
	let handleError;
	let handleValidationError;
	let init;
	

	let reroute;
	let transport;
	

	return {
		handle,
		handleFetch,
		handleError,
		handleValidationError,
		init,
		reroute,
		transport
	};
}

export { set_assets, set_building, set_manifest, set_prerendering, set_private_env, set_public_env, set_read_implementation };
