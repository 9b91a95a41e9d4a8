export const id=255;export const ids=[255];export const modules={1255:(function(__unused_webpack_module,__webpack_exports__,__webpack_require__){__webpack_require__.r(__webpack_exports__);__webpack_require__.d(__webpack_exports__,{FEATURES_USAGE:()=>FEATURES_USAGE,featuresCommand:()=>featuresCommand});var _simulation_index_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(4687);var _args_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(7593);var _io_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(1604);const FEATURES_USAGE=`Usage: genz features [--json]

Lists the features a scenario can use (manifest \`features:\`, genz simulate --feature), each with its
category, whether it is on by default, its options (type, range, default) and the features it excludes
or needs. --json prints the same as JSON.
`;function featuresCommand(argv,io){const{values}=(0,_args_js__WEBPACK_IMPORTED_MODULE_1__.bQ)(argv,{json:{type:"boolean",default:false},help:{type:"boolean",short:"h",default:false}},"features");if(values.help){io.stdout(FEATURES_USAGE);return _io_js__WEBPACK_IMPORTED_MODULE_2__.Ij}if(values.json){io.stdout(JSON.stringify(_simulation_index_js__WEBPACK_IMPORTED_MODULE_0__.Gv)+"\n");return _io_js__WEBPACK_IMPORTED_MODULE_2__.Ij}let out="";for(const f of _simulation_index_js__WEBPACK_IMPORTED_MODULE_0__.Gv){out+=`${f.name}  [${f.category}]${f.defaultOn?" (on by default)":""}
  ${f.description}
`;for(const o of f.options){const dflt=o.default===void 0?"required":`default ${JSON.stringify(o.default)}`;const range=[o.choices?`one of ${o.choices.join("|")}`:null,o.min!==void 0?`>= ${o.min}`:null,o.max!==void 0?`<= ${o.max}`:null].filter(Boolean).join(", ");out+=`    ${o.name} (${o.type}${range?`, ${range}`:""}; ${dflt}): ${o.description}
`}if(f.incompatible.length)out+=`  not with: ${f.incompatible.join(", ")}
`;if(f.requiresOneOf)out+=`  needs one of: ${f.requiresOneOf.join(", ")}
`;out+="\n"}io.stdout(out);return _io_js__WEBPACK_IMPORTED_MODULE_2__.Ij}})};
