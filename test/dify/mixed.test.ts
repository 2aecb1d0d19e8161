    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
E    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
h    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
b    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
v    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
U    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
g    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
S    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
/    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
/    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
/    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
/    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
j    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
U    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
g    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
E    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
v    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
/    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
/    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
/    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
g    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
/    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
v    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
j    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
D    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
S    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
D    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
S    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
/    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
/    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
/    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
j    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
b    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
I    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
D    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
A    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
T    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
A    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
N    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
O    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
W    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
C    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
g    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
C    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
/    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
h    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
j    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
D    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
S    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
|    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
E    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
h    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
>    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
?    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
b    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
k    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
h    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
v    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
>    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
"    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
v    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
v    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
h    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
h    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
b    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
q    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
"    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
>    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
D    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
S    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
1    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
D    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
A    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
T    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
A    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
[    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
h    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
v    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
5    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
k    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
7    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
v    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
-    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
h    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
v    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
4    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
v    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
6    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
]    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
>    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
N    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
O    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
W    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
g    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
L    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
C    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
C    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
g    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
U    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
g    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
S    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
D    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
A    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
T    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
A    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
D    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
A    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
T    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
A    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
g    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
U    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
g    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
E    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
v    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
[    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
]    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
[    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
]    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
v    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
g    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
h    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
A    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
g    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
L    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
j    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
E    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
q    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
[    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
]    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
g    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
E    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
q    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
E    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
v    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
b    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
E    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
E    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
q    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
R    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
q    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
b    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
E    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
b    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
v    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
>    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
v    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
h    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
h    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
h    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
>    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
D    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
S    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
2    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
D    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
A    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
T    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
A    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
[    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
h    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
v    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
3    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
0    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
k    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
3    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
0    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
]    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
>    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
N    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
O    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
W    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
C    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
C    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
g    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
U    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
g    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
S    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
D    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
A    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
T    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
A    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
+    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
4    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
*    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
8    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
6    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
_    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
4    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
0    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
0    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
_    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
0    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
0    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
0    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
[    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
D    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
A    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
T    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
A    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
D    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
A    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
T    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
A    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
]    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
g    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
U    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
g    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
E    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
v    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
[    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
]    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
[    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
]    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
v    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
g    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
h    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
g    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
g    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
h    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
B    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
G    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
T    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
h    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
0    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
g    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
E    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
q    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
E    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
v    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
b    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
E    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
g    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
B    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
1    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
b    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
h    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
`    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
h    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
k    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
`    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
>    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
h    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
z    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
v    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
>    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
D    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
S    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
z    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
E    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
/    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
B    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
4    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
D    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
A    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
T    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
A    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
[    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
h    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
v    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
1    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
k    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
1    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
]    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
>    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
N    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
O    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
W    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
{    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
C    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
C    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
g    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
U    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
g    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
S    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
T    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
z    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
B    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
E    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
/    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
B    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
k    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
I    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
B    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
k    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
I    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
/    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
/    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
O    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
1    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
1    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
5    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
`    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
_    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
b    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
=    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
_    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
`    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
,    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
b    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
:    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
h    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
D    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
f    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
'    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
x    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
c    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
[    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
w    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
e    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
n    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
A    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
?    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
?    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
?    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
[    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
]    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
]    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
b    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
I    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
E    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
q    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
u    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
l    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
[    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
i    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
m    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
a    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
p    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
]    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
.    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
s    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
o    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
r    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
t    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
(    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
b    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
y    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
I    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
d    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
     const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
}    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
)    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
;    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));

    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
