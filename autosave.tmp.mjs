const base='http://127.0.0.1:3999'
const { token } = await (await fetch(base+'/api/users/login',{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify({email:'admin@newsroom.test',password:'_Ppv6wmfg0jD89LJtE_uxmef'})})).json()
const auth={authorization:'JWT '+token,'content-type':'application/json'}
const para=(t)=>({root:{type:'root',format:'',indent:0,version:1,direction:'ltr',children:[{type:'paragraph',format:'',indent:0,version:1,direction:'ltr',textFormat:0,children:[{type:'text',text:t,format:0,detail:0,mode:'normal',style:'',version:1}]}]}})
const created = await (await fetch(base+'/api/articles?draft=true',{method:'POST',headers:auth,body:JSON.stringify({title:'Profiled draft '+Date.now(),body:para('x')})})).json()
const id=created.doc.id
const times=[]
for (let k=0;k<Number(process.argv[2]||200);k++){const t=performance.now();const r=await fetch(`${base}/api/articles/${id}?draft=true&autosave=true&depth=0`,{method:'PATCH',headers:auth,body:JSON.stringify({title:'Profiled draft '+id,body:para('Typed so far '+'word '.repeat(20+k))})});await r.arrayBuffer(); if(!r.ok) console.log(r.status); times.push(performance.now()-t)}
times.sort((a,b)=>a-b); console.log('autosave p50',times[times.length>>1].toFixed(1),'p90',times[Math.floor(times.length*0.9)].toFixed(1))
